// The sidebar's browser code: lists the active sheet's columns. Marking columns as KPIs or
// targets builds on this.
import type { SheetColumns } from '../addon/columns';
import { serverCall } from './serverCall';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Sidebar is missing #${id}`);
  return found as T;
}

function render(data: SheetColumns): void {
  element('sheet-name').textContent = data.sheet;
  const list = element<HTMLUListElement>('columns');
  list.replaceChildren(
    ...data.columns.map((column) => {
      const item = document.createElement('li');
      const letter = document.createElement('span');
      letter.className = 'letter';
      letter.textContent = column.letter;
      item.append(letter, column.header || '(no header)');
      return item;
    }),
  );
  if (data.columns.length === 0) list.innerHTML = '<li class="muted">This sheet is empty.</li>';
}

serverCall<SheetColumns>('getSheetColumns')
  .then(render)
  .catch((error: Error) => {
    const box = element('error');
    box.hidden = false;
    box.textContent = error.message;
  });
