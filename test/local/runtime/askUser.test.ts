// Ui.alert and Ui.prompt ask the user through the runtime's askUser hook (the preview asks in
// its page): the text typed comes back in the PromptResponse, the title bar's close box
// answers CLOSE, answers a test scripted come first, and a plain runtime still answers with
// the first button.
import { describe, expect, it } from 'vitest';
import type { UserDialog } from '../../../src/local/runtime/createRuntime';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function askName() {
  var ui = SpreadsheetApp.getUi();
  var response = ui.prompt('Rename', 'New name of the KPI?', ui.ButtonSet.OK_CANCEL);
  return [response.getSelectedButton(), response.getResponseText()];
}
function confirmRemoval() {
  var ui = SpreadsheetApp.getUi();
  return ui.alert('Remove KPI Guard', 'Remove everything?', ui.ButtonSet.YES_NO);
}
function note() {
  return SpreadsheetApp.getUi().alert('Saved');
}
`;

describe('the askUser hook', () => {
  it('is asked for a prompt and gives back the text the user typed', () => {
    const asked: UserDialog[] = [];
    const runtime = fixtureRuntime(CODE, undefined, {
      askUser: (dialog) => {
        asked.push(dialog);
        return { button: 'OK', text: 'Qualified leads' };
      },
    });
    expect(runtime.call('askName')).toEqual(['OK', 'Qualified leads']);
    expect(asked).toEqual([
      {
        kind: 'prompt',
        title: 'Rename',
        prompt: 'New name of the KPI?',
        buttons: ['OK', 'CANCEL'],
      },
    ]);
  });

  it('answers CLOSE when the user closes the dialog; a prompt keeps the text typed', () => {
    const runtime = fixtureRuntime(CODE, undefined, {
      askUser: () => ({ button: 'CLOSE', text: 'half typ' }),
    });
    expect(runtime.call('confirmRemoval')).toBe('CLOSE');
    expect(runtime.call('askName')).toEqual(['CLOSE', 'half typ']);
    expect(runtime.ui.alerts.map((a) => a.answer)).toEqual(['CLOSE', 'CLOSE']);
  });

  it('comes after the answers a test scripted, and a plain alert shows only OK', () => {
    const asked: string[] = [];
    const runtime = fixtureRuntime(CODE);
    runtime.setAskUser((dialog) => {
      asked.push(`${dialog.title || dialog.prompt}: ${dialog.buttons.join('/')}`);
      return { button: dialog.buttons.at(-1) ?? 'CLOSE' };
    });
    runtime.answerAlerts('YES');
    expect(runtime.call('confirmRemoval')).toBe('YES');
    expect(asked).toEqual([]);
    expect(runtime.call('confirmRemoval')).toBe('NO');
    expect(runtime.call('note')).toBe('OK');
    expect(asked).toEqual(['Remove KPI Guard: YES/NO', 'Saved: OK']);
  });

  it('may not answer with a button the dialog does not show', () => {
    const runtime = fixtureRuntime(CODE, undefined, { askUser: () => ({ button: 'CANCEL' }) });
    expect(() => runtime.call('confirmRemoval')).toThrow(
      /offers YES, NO, CLOSE; the user's answer CANCEL is not one of them/,
    );
  });

  it('once removed, leaves the first button answering, as in a runtime without one', () => {
    const runtime = fixtureRuntime(CODE, undefined, { askUser: () => ({ button: 'NO' }) });
    expect(runtime.call('confirmRemoval')).toBe('NO');
    const previous = runtime.setAskUser(null);
    expect(runtime.call('confirmRemoval')).toBe('YES');
    expect(runtime.call('askName')).toEqual(['OK', '']);
    expect(previous?.({ kind: 'alert', title: '', prompt: '', buttons: [] })).toEqual({
      button: 'NO',
    });
  });

  it("counts the time the user takes toward the script's limit, as Sheets does", () => {
    // Ui.alert blocks the script: a user slower than the limit outlives the execution.
    const slowUser = () => {
      const until = Date.now() + 120;
      while (Date.now() < until) {
        // the user reading the dialog
      }
      return { button: 'YES' };
    };
    const runtime = fixtureRuntime(CODE, undefined, {
      askUser: slowUser,
      limits: { executionMs: 100 },
    });
    expect(() => runtime.call('confirmRemoval')).toThrow(/Exceeded maximum execution time/);
    runtime.setAskUser(() => ({ button: 'NO' }));
    expect(runtime.call('confirmRemoval')).toBe('NO');
  });
});
