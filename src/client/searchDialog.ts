import { announce } from './announce.ts';
import {
  configElement,
  element,
  ignoreBlankQueries,
  inputElement,
  loadComponentUi,
  pagefindInstance,
  resultsElement,
} from './pagefindUi.ts';

interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
}

const instance = 'dialog';
let modal: PagefindModal | undefined;

function buildModal(): PagefindModal {
  // Our own header rather than <pagefind-modal-header>: the modal moves its children again when
  // Pagefind's translations load, and that header then adds a second close button.
  const close = element('button', { type: 'button', class: 'search-close' }, [document.createTextNode('Close')]);
  const built = element('pagefind-modal', { instance }, [
    element('div', { class: 'search-dialog-header' }, [inputElement(instance), close]),
    element('pagefind-modal-body', { instance }, [element('pagefind-summary', { instance }), resultsElement(instance)]),
    element('pagefind-modal-footer', { instance }, [element('pagefind-keyboard-hints', { instance })]),
  ]) as PagefindModal;
  close.addEventListener('click', () => built.close());
  document.body.append(configElement(instance), built);
  ignoreBlankQueries(pagefindInstance(instance));
  return built;
}

/** Loads Pagefind's UI and index ahead of use, so the first results come fast once the reader types. */
export async function prepareSearchDialog(): Promise<void> {
  await loadComponentUi();
  modal ??= buildModal();
  await pagefindInstance(instance).triggerLoad();
}

/** Opens the search dialog, loading Pagefind's UI the first time; returns focus to the trigger on close. */
export async function openSearchDialog(trigger: HTMLElement | null): Promise<void> {
  try {
    await loadComponentUi();
  } catch (error) {
    announce(error instanceof Error ? error.message : String(error));
    if (trigger) trigger.title = error instanceof Error ? error.message : String(error);
    return;
  }
  modal ??= buildModal();
  modal.open();
  modal.querySelector('dialog')?.addEventListener('close', () => trigger?.focus(), { once: true });
}
