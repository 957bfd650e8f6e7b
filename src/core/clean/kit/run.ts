/**
 * The run: what the rules applied to one tree share — element text, class words, the tree's generation and the
 * views built on them — created fresh for each run and passed to the rules in their context (`ctx.run`). Its
 * caches hold only while the tree changes through the run (removeBlocks, markChanged): whoever else changes the
 * tree (Readability between the two phases) must start a new run.
 */
import { classReader, type ClassReader } from './class-hints';
import { textReader, type TextReader } from './text-reader';
import { treeViews, type TreeViews } from './tree-views';
import { removal, type Removal } from './remove-blocks';

export interface CleanRun extends TextReader, ClassReader, Removal, TreeViews {}

export function createRun(): CleanRun {
  const text = textReader();
  const classes = classReader();
  const changes = removal(text);
  const views = treeViews(text, classes, changes);
  // Listed rather than spread: spreading four objects costs V8's slow path, several times the rest of a run's set-up.
  return {
    textOf: text.textOf,
    rawLength: text.rawLength,
    labelKeyOf: text.labelKeyOf,
    isCueLabelEl: text.isCueLabelEl,
    linkDensity: text.linkDensity,
    forgetText: text.forgetText,
    classTokens: classes.classTokens,
    hasHint: classes.hasHint,
    removeBlocks: changes.removeBlocks,
    markChanged: changes.markChanged,
    generation: changes.generation,
    structureOf: views.structureOf,
    elementsUnder: views.elementsUnder,
    labelledUnder: views.labelledUnder,
    classedUnder: views.classedUnder,
  };
}
