/** The fuzzing property: extractArticle on any input returns a valid, sanitised Article or throws ExtractError. */
import { parseHTML } from 'linkedom';
import { ExtractError, extractArticle } from '../../src/core/extract';
import { nodeSanitizer } from '../../src/node/index';
import { articleProblems } from './article-validator';
import { sanitisedViolations } from './sanitised-html';

const URL_ = 'https://fuzz.example/2024/10/09/some-article-about-things/';

/** Throws (with a readable reason) when the property fails for this HTML. */
export function checkExtraction(html: string): void {
  const document = parseHTML(html).document as unknown as Document;
  let article;
  try {
    article = extractArticle(document, URL_, { sanitize: nodeSanitizer() });
  } catch (err) {
    if (err instanceof ExtractError && (err.code === 'empty' || err.code === 'too-large')) return;
    throw err;
  }
  const problems = [...articleProblems(article), ...sanitisedViolations(article.html)];
  if (problems.length) throw new Error(`invalid article: ${problems.join('; ')}`);
}
