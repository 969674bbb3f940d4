/**
 * The text a sighted reader sees in an element, for reading aloud: hidden parts left out (hidden,
 * aria-hidden, not rendered), and things marked `data-no-read-aloud` (the read-aloud button
 * itself) skipped. Block-level elements end with a line break, so the voice pauses after a
 * heading or a list item. Form field values are not read: they may hold what the client typed.
 */
export const SKIP_ATTRIBUTE = 'data-no-read-aloud';

export function readableText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof HTMLElement) && !(node instanceof SVGElement)) return;
    if (isSkipped(node)) return;
    const block = node instanceof HTMLElement && isBlock(node);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isSkipped(element: HTMLElement | SVGElement): boolean {
  if (element instanceof SVGElement) return true;
  if (element.hidden || element.getAttribute('aria-hidden') === 'true' || element.hasAttribute(SKIP_ATTRIBUTE)) return true;
  if (['SCRIPT', 'STYLE', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'NOSCRIPT'].includes(element.tagName)) return true;
  // Not rendered (display: none, or inside a closed <details>).
  return element.getClientRects().length === 0 && getComputedStyle(element).display !== 'contents';
}

function isBlock(element: HTMLElement): boolean {
  // Buttons and labels are inline boxes but separate things to hear.
  if (element.tagName === 'BUTTON' || element.tagName === 'LABEL') return true;
  const display = getComputedStyle(element).display;
  return !display.startsWith('inline') && display !== 'contents';
}
