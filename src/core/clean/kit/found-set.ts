/**
 * Blocks a rule has found so far, and whether an element is one of them or inside one. Asking walks up the element's
 * ancestors (at most the page's depth); testing it against every block found so far grew with their number, and
 * was quadratic on a page of thousands of boxes.
 */
export class FoundSet {
  private readonly found = new Set<Node>();

  add(el: Node): void {
    this.found.add(el);
  }

  /** Whether `node` is a found block or lies inside one (`within(node, f)` for some found f). */
  covers(node: Node): boolean {
    for (let cur: Node | null = node; cur; cur = cur.parentNode) if (this.found.has(cur)) return true;
    return false;
  }
}
