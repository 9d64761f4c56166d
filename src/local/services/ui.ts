// Ui (SpreadsheetApp.getUi()): menus, sidebar, dialogs and alerts are recorded in the
// runtime's UiRecord for tests and the preview page, since there is no editor to show them.
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument } from './errors';
import type { HtmlOutput } from './html';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

// Sheets shows sidebars 300 px wide whatever setWidth says.
const SIDEBAR_WIDTH = 300;

interface MenuEntry {
  caption: string;
  functionName: string;
}

export class Menu {
  readonly [SERVICE] = { className: 'Menu', counted: false };
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    readonly title: string,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || functionName === '')
      throw invalidArgument('functionName');
    this.entries.push({ caption: String(caption), functionName });
    return this;
  }

  /** Recorded as an entry with an empty caption and function name. */
  addSeparator(): Menu {
    this.entries.push({ caption: '', functionName: '' });
    return this;
  }

  /** UiRecord menus are flat: submenu items are recorded as "Sub ▸ Item". */
  addSubMenu(menu: Menu): Menu {
    for (const e of menu.entries) {
      this.entries.push({
        caption: e.caption ? `${menu.title} ▸ ${e.caption}` : '',
        functionName: e.functionName,
      });
    }
    return this;
  }

  /** Adding a menu with the same title again replaces it, as rebuilding a menu does in Sheets. */
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const record = { title: this.title, items: this.entries.map((e) => ({ ...e })) };
    const i = menus.findIndex((m) => m.title === this.title);
    if (i >= 0) menus[i] = record;
    else menus.push(record);
  }
}

export class PromptResponse {
  readonly [SERVICE] = { className: 'PromptResponse', counted: false };

  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): string {
    return this.button;
  }
}

/**
 * What a user is asked: an alert or a prompt, with the buttons its ButtonSet shows, first first.
 * CLOSE is not among them but is always a possible answer: "The standard close button displayed
 * in every dialog's title bar. This button is not explicitly added to a dialog, and it cannot be
 * removed." (https://developers.google.com/apps-script/reference/base/button)
 */
export interface UserDialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string[];
}

/** The button the user chose (a Button name, CLOSE included) and, for a prompt, the text typed. */
export interface UserAnswer {
  button: string;
  text?: string;
}

/**
 * Asks the user and returns their answer; synchronous, as Ui.alert and Ui.prompt block the
 * script until the user answers (the preview waits for its page, see src/local/preview).
 */
export type AskUser = (dialog: UserDialog) => UserAnswer;

/** The buttons a set shows, first first; CLOSE is the dialog's close box, always there. */
function buttonsOf(buttons: unknown): string[] {
  if (buttons === ButtonSet.YES_NO) return [Button.YES, Button.NO, Button.CLOSE];
  if (buttons === ButtonSet.YES_NO_CANCEL) {
    return [Button.YES, Button.NO, Button.CANCEL, Button.CLOSE];
  }
  if (buttons === ButtonSet.OK_CANCEL) return [Button.OK, Button.CANCEL, Button.CLOSE];
  return [Button.OK, Button.CLOSE];
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: unknown } {
  if (args.length >= 3)
    return { title: String(args[0]), prompt: String(args[1]), buttons: args[2] };
  return { title: '', prompt: String(args[0] ?? ''), buttons: args[1] ?? ButtonSet.OK };
}

export class Ui {
  readonly [SERVICE] = { className: 'Ui', counted: false };
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly ctx: ServiceContext) {}

  createMenu(caption: string): Menu {
    return new Menu(this.ctx, String(caption));
  }

  /** Editor add-ons get one menu, under Extensions, titled with the add-on's name. */
  createAddonMenu(): Menu {
    return new Menu(this.ctx, this.ctx.addonName);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.ctx.ui.sidebar = {
      title: userInterface.getTitle(),
      width: SIDEBAR_WIDTH,
      html: userInterface.getContent(),
    };
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.dialogs.push({
      title: String(title),
      html: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.showModalDialog(userInterface, title);
  }

  /**
   * Recorded. The answer is the next one a test scripted (runtime.answerAlerts), else the
   * user's, asked through the runtime's askUser hook (the preview asks in its page), else, in
   * a runtime with neither, the first button of the set, as if the user clicked it.
   */
  alert(...args: unknown[]): string {
    const { title, prompt, buttons } = dialogArgs(args);
    const answer = this.answer('alert', buttons, title, prompt);
    this.ctx.ui.alerts.push({ title, prompt, buttons: String(buttons), answer: answer.button });
    return answer.button;
  }

  /**
   * As alert; the response carries the text the user typed ("" when scripted or defaulted),
   * whatever button closed it: "The text is available even if the user closed the dialog by
   * clicking a button with a negative connotation, like "Cancel" or the close button in the
   * dialog's title bar." (https://developers.google.com/apps-script/reference/base/prompt-response)
   */
  prompt(...args: unknown[]): PromptResponse {
    const { title, prompt, buttons } = dialogArgs(args);
    const answer = this.answer('prompt', buttons, title, prompt);
    this.ctx.ui.alerts.push({ title, prompt, buttons: String(buttons), answer: answer.button });
    return new PromptResponse(answer.text ?? '', answer.button);
  }

  private answer(
    kind: UserDialog['kind'],
    buttons: unknown,
    title: string,
    prompt: string,
  ): UserAnswer {
    const offered = buttonsOf(buttons);
    const scripted = this.ctx.alertAnswers.shift();
    if (scripted !== undefined) {
      // A test scripted an answer the dialog does not offer: its script is wrong, not the add-on.
      check(offered, scripted, `the scripted answer ${scripted}`, title || prompt);
      return { button: scripted };
    }
    const ask = this.ctx.askUser;
    if (!ask) return { button: offered[0] };
    const shown = offered.filter((b) => b !== Button.CLOSE);
    const asked = Date.now();
    const answer = ask({ kind, title, prompt, buttons: shown });
    // The script waited for the user: that time is the script's, limit included.
    this.ctx.spend(Date.now() - asked);
    check(offered, answer.button, `the user's answer ${answer.button}`, title || prompt);
    return { button: answer.button, text: kind === 'prompt' ? String(answer.text ?? '') : '' };
  }
}

function check(offered: string[], button: string, what: string, dialog: string): void {
  if (!offered.includes(button)) {
    throw new Error(
      `The dialog "${dialog}" offers ${offered.join(', ')}; ${what} is not one of them`,
    );
  }
}
