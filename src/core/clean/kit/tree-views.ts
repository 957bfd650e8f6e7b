/**
 * Views of a tree that every rule of a run asks for (its elements, its structure, the ones short enough to be a
 * label, the ones with class words), computed once per tree state and shared until a removal or change reported
 * through the run bumps its generation.
 */
import type { ClassReader } from './class-hints';
import type { TextReader } from './text-reader';
import { computeStructure, type Structure } from './page-structure';
import type { Removal } from './remove-blocks';

export interface TreeViews {
  /** The structure of root (where the prose and the article core are). */
  structureOf(root: Element): Structure;
  /** Every element under root in document order. */
  elementsUnder(root: Element): Element[];
  /** The elements under root short enough to be a label (a non-empty label key), in document order. */
  labelledUnder(root: Element): Element[];
  /** The elements under root that carry class/id words, in document order. */
  classedUnder(root: Element): Element[];
}

interface View {
  generation: number;
  structure: Structure;
  elements: Element[];
  labelled?: Element[];
  classed?: Element[];
}

export function treeViews(text: TextReader, classes: ClassReader, changes: Pick<Removal, 'generation'>): TreeViews {
  const views = new WeakMap<Element, View>();
  const view = (root: Element): View => {
    const hit = views.get(root);
    if (hit && hit.generation === changes.generation()) return hit;
    const elements = Array.from(root.querySelectorAll('*'));
    const fresh: View = { generation: changes.generation(), structure: computeStructure(text, elements), elements };
    views.set(root, fresh);
    return fresh;
  };
  return {
    structureOf: (root) => view(root).structure,
    elementsUnder: (root) => view(root).elements,
    labelledUnder(root) {
      const v = view(root);
      v.labelled ??= v.elements.filter((el) => text.labelKeyOf(el) !== '');
      return v.labelled;
    },
    classedUnder(root) {
      const v = view(root);
      v.classed ??= v.elements.filter((el) => classes.classTokens(el).length > 0);
      return v.classed;
    },
  };
}
