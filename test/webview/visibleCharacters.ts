/**
 * For each element, its text, how many characters it has and how many of them can be seen: those whose box lies
 * inside the box of the nearest ancestor that clips (overflow other than visible), so an ellipsis or a line clamp
 * counts as hiding. Spaces count in neither (one at a line break has no box). Self-contained, for Playwright's
 * `evaluateAll` in the calendar's page and in the webview inside VS Code.
 */
export function visibleCharacters(elements: Element[]): Array<{ text: string; characters: number; visible: number }> {
  return elements.map((element) => {
    let clip: Element | null = element;
    while (clip && getComputedStyle(clip).overflowX === 'visible' && getComputedStyle(clip).overflowY === 'visible') clip = clip.parentElement;
    const box = (clip ?? element).getBoundingClientRect();
    const text = element.textContent ?? '';
    const range = document.createRange();
    let visible = 0;
    let characters = 0;
    for (const node of Array.from(element.childNodes).filter((child) => child.nodeType === Node.TEXT_NODE)) {
      for (let index = 0; index < (node.textContent ?? '').length; index++) {
        if (/\s/.test((node.textContent ?? '').charAt(index))) continue;
        characters++;
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5) visible++;
      }
    }
    return { text, characters, visible };
  });
}
