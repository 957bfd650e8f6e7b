/** Inside a comment thread: the author marks and profile links there are commenters', not the article's author. */
export function inComments(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.toLowerCase();
    if (/comment|respond|reply|discussion|disqus/.test(marks)) return true;
  }
  return false;
}
