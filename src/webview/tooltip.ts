/** One tooltip for the whole page: shown on hover and on keyboard focus, text only. */
export class Tooltip {
  private readonly node: HTMLElement;

  constructor(root: HTMLElement) {
    this.node = document.createElement('div');
    this.node.className = 'ccal-tooltip';
    this.node.setAttribute('role', 'tooltip');
    this.node.hidden = true;
    root.appendChild(this.node);
  }

  attach(target: HTMLElement, text: () => string): void {
    const show = () => {
      this.node.textContent = text();
      this.node.hidden = false;
      const box = target.getBoundingClientRect();
      this.node.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - this.node.offsetWidth - 4))}px`;
      this.node.style.top = `${box.bottom + 4 + window.scrollY}px`;
    };
    const hide = () => this.hide();
    target.addEventListener('mouseenter', show);
    target.addEventListener('focus', show);
    target.addEventListener('mouseleave', hide);
    target.addEventListener('blur', hide);
  }

  hide(): void {
    this.node.hidden = true;
  }
}
