/**
 * Marks the contents link of the section being read (aria-current) as the reader scrolls: the last
 * section whose heading has passed the top third of the window. A page opened at a section or a
 * quote (a text fragment centres the quote, below its section's heading) takes the middle for its
 * first mark. Loaded on the first scroll of a wide screen, where the contents list stays in view
 * beside the page.
 */
export function spyToc(toc: HTMLElement): void {
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) links.set(target, link);
  }
  const targets = [...links.keys()];
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  let line = innerHeight / (location.hash ? 2 : 3);
  const update = () => {
    queued = false;
    let reading: Element | undefined = targets[0];
    for (const target of targets) {
      if (target.getBoundingClientRect().top > line) break;
      reading = target;
    }
    // At the foot of the page the last sections cannot reach the line: the last one is being read.
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) reading = targets.at(-1);
    const link = reading && links.get(reading);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  addEventListener(
    'scroll',
    () => {
      line = innerHeight / 3;
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
