/**
 * Pages a person would not call articles, of the kinds the badge must stay grey on (home, category, tag, search,
 * shop, form), in several languages and sites' styles, with the address each is served at. Each has prose enough to
 * fool a paragraph count: teaser summaries, a category's introduction, a product's description, a form's notices
 * and error messages. Read by tests/core/detect-pages.test.ts and by the bench's recognition figures.
 */
import { readFileSync } from 'node:fs';

export const NON_ARTICLE_PAGES: Record<string, string> = {
  'home-fi.html': 'https://pohjolansanomat.example/',
  'category-fr.html': 'https://courrier-savoie.example/economie/',
  'tag-de.html': 'https://nordkurier-rundschau.example/thema/klimaschutz/',
  'search-es.html': 'https://diariodelsur.example/buscar?q=incendio+forestal',
  'shop-product-de.html': 'https://roestmanufaktur-hellweg.example/espresso/bergwerk-espresso-classico-1kg',
  'shop-category-en.html': 'https://fellside.example/walking-boots',
  'signup-errors-en.html': 'https://harbourgazette.example/account/register',
  'login-ja.html': 'https://minato-shimbun.example/login',
  'newsletter-form-it.html': 'https://gazzettadellago.example/newsletter/iscriviti-alla-newsletter',
};

export const readNonArticlePage = (file: string): string => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
