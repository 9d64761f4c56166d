// Finds words in the add-on's server code that would reach a user without the catalogue:
// a string or template literal with words in it, anywhere but the places that are not
// shown to users (registry descriptions, sheet-name identifiers, thrown programming errors,
// HTML markup) or are listed as diagnostics.
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Calls whose arguments a user sees: a literal word there is a finding, even a single one. */
const SHOWN_BY = new Set([
  'toast',
  'alert',
  'prompt',
  'addItem',
  'setTitle',
  'createMenu',
  'createAddonMenu',
  'setValue',
  'setValues',
  'setNote',
  'setNotes',
  'appendRow',
  'showModalDialog',
  'showModelessDialog',
  'sendEmail',
]);

/** Two words of letters: prose, as opposed to an identifier, a key or an A1 range. */
const PROSE = /[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}/;
const WORD = /[A-Za-z]{2,}/;

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
    return node.text;
  }
  return null;
}

/** Is the literal somewhere no user reads it? */
function notShown(node: ts.Node, file: ts.SourceFile): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    // Registry and menu descriptions document the stubs for developers.
    if (ts.isPropertyAssignment(p) && p.name.getText(file) === 'description') return true;
    // A thrown Error is a programming error (a state the add-on never reaches), not a message.
    if (ts.isThrowStatement(p)) return true;
    // Names of what KPI Guard adds are identifiers removal matches on (artifacts.ts).
    if (ts.isVariableDeclaration(p) && /_SHEET_NAME$|_RANGE_NAME$/.test(p.name.getText(file))) {
      return true;
    }
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    // The execution log is the developer's, not the user's.
    if (
      ts.isCallExpression(p) &&
      /^(?:console\.\w+|Logger\.log)$/.test(p.expression.getText(file))
    ) {
      return true;
    }
  }
  return false;
}

function shownByCall(node: ts.Node, file: ts.SourceFile): string | null {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isCallExpression(p)) {
      const callee = p.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.getText(file)
        : callee.getText(file);
      if (SHOWN_BY.has(name)) {
        // addItem(caption, functionName): the second argument is a function's name.
        if (name === 'addItem' && p.arguments[1] && isWithin(node, p.arguments[1])) return null;
        return name;
      }
      return null;
    }
    if (ts.isStatement(p)) return null;
  }
  return null;
}

const isWithin = (node: ts.Node, outer: ts.Node) =>
  node.getStart() >= outer.getStart() && node.getEnd() <= outer.getEnd();

/** Literals in `source` that a user would read without them passing through the catalogue. */
export function uncataloguedText(name: string, source: string): Finding[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    // Markup, formulas and date patterns (Utilities.formatDate's "yyyy-MM-dd HH:mm") are no words.
    const pattern = /^[yMdHhmsSaEzZ:\-/. ']+$/.test(text ?? '');
    if (text !== null && !pattern && !text.trimStart().startsWith('<') && !text.startsWith('=')) {
      const prose = PROSE.test(text);
      const word = WORD.test(text) && shownByCall(node, file) !== null;
      if ((prose || word) && !notShown(node, file)) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ file: name, line, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
