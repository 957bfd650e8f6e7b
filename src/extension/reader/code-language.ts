/**
 * A code block's language as a small label above it. The extractor keeps the language as `language-x` on the
 * block's <code> (core clean/rules/code-highlighting.ts, the one class the sanitiser keeps); the label is a data
 * attribute the stylesheet draws (`pre[data-lang]::before`), so it is not text of the article: copying the code or
 * reading the article aloud gets the code alone.
 */

/** Common short ids by the name their users write; any other id is shown as the page gave it. */
const NAMES: Record<string, string> = {
  bash: 'Bash', c: 'C', cpp: 'C++', 'c++': 'C++', cs: 'C#', csharp: 'C#', css: 'CSS', go: 'Go', golang: 'Go',
  html: 'HTML', java: 'Java', javascript: 'JavaScript', js: 'JavaScript', json: 'JSON', jsx: 'JSX', kotlin: 'Kotlin',
  kt: 'Kotlin', markdown: 'Markdown', md: 'Markdown', php: 'PHP', powershell: 'PowerShell', ps1: 'PowerShell',
  py: 'Python', python: 'Python', r: 'R', rb: 'Ruby', ruby: 'Ruby', rs: 'Rust', rust: 'Rust', scss: 'SCSS',
  sh: 'Shell', shell: 'Shell', sql: 'SQL', swift: 'Swift', ts: 'TypeScript', tsx: 'TSX', typescript: 'TypeScript',
  xml: 'XML', yaml: 'YAML', yml: 'YAML', zsh: 'Zsh',
};

export function codeLanguageName(id: string): string {
  return NAMES[id.toLowerCase()] ?? id;
}

/** Marks every <pre> whose code carries a language with that language's name. */
export function labelCodeLanguages(root: Element): void {
  for (const code of root.querySelectorAll('pre > code[class^="language-"]')) {
    const id = code.getAttribute('class')!.slice('language-'.length);
    if (id) code.parentElement!.setAttribute('data-lang', codeLanguageName(id));
  }
}
