/**
 * The registry (src/core/clean/index.ts) is the one place a rule is listed. A rule is its file, its test, its
 * label in every locale and its registry entry: these tests fail when a rule file is not registered, a registered
 * rule is named unlike its file or runs in no phase, or a rule and its labels do not pair up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rules, type CleanRule } from '../../src/core/clean/index';
import { setFallbackMessages, type LocaleMessages } from '../../src/extension/i18n';
import { ruleLabel } from '../../src/extension/popup/removed-summary';

const CLEAN = join(import.meta.dirname, '../../src/core/clean');
const LOCALES = join(import.meta.dirname, '../../public/_locales');

/** Every .ts file under dir, in sub-folders too (the rules and the kit may live in folders of their own). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules under clean/ that export a `rule`: the rule files, by file name. */
async function ruleFiles(): Promise<Map<string, CleanRule>> {
  const found = new Map<string, CleanRule>();
  for (const file of sourceFiles(CLEAN)) {
    const mod = (await import(pathToFileURL(file).href)) as { rule?: CleanRule };
    if (mod.rule) found.set(basename(file, '.ts'), mod.rule);
  }
  return found;
}

/** The key convention of the removed summary ("comment-sections" -> "rule_comment_sections"), checked below. */
const labelKey = (name: string) => `rule_${name.replace(/[^a-z0-9]+/gi, '_')}`;

const locales = readdirSync(LOCALES).map((lang) => ({
  lang,
  messages: JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as LocaleMessages,
}));

describe('rule registry', () => {
  it('registers every rule file once, under its file name', async () => {
    const files = await ruleFiles();
    expect(files.size).toBeGreaterThan(20);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules.map((r) => r.name).sort()).toEqual([...files.keys()].sort());
    for (const [name, rule] of files) expect(rules, name).toContain(rule);
    for (const rule of rules) expect(rule.name, rule.name).toBe([...files].find(([, r]) => r === rule)?.[0]);
  });

  it('runs each rule in at least one phase', () => {
    for (const rule of rules) expect(!!rule.pre || !!rule.post, rule.name).toBe(true);
  });

  afterAll(() => setFallbackMessages(null));

  it.each(locales)('$lang: a label for every rule, and a rule for every label', ({ lang, messages }) => {
    const names = rules.map((r) => r.name);
    setFallbackMessages(messages, lang);
    for (const name of names) {
      expect(messages, name).toHaveProperty(labelKey(name));
      // The summary finds it under that key.
      expect(ruleLabel(name), name).toBe(messages[labelKey(name)]!.message);
    }
    const labelled = Object.keys(messages).filter((key) => key.startsWith('rule_'));
    expect(labelled.sort()).toEqual(names.map(labelKey).sort());
  });

  it.each(locales)('$lang: rule labels are plain words, not the rule names', ({ lang, messages }) => {
    const en = locales.find((l) => l.lang === 'en')!.messages;
    for (const { name } of rules) {
      const label = messages[labelKey(name)]!.message;
      // Not the file name made readable ("Leading furniture"): that is what the summary falls back to for a rule
      // with no label, and it is a developer's word.
      expect(label.toLowerCase().replace(/[^a-z]+/g, ' ').trim(), name).not.toBe(name.replace(/-/g, ' '));
      // Translated: another language never shows the English label.
      if (lang !== 'en') expect(label, `${lang} ${name}`).not.toBe(en[labelKey(name)]!.message);
    }
  });
});
