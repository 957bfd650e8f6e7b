/** Text and attribute values for HTML: every character that could open markup or end a quoted value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
