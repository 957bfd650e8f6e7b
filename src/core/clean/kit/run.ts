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
  return { ...text, ...classes, ...changes, ...treeViews(text, classes, changes) };
}
