// HtmlService: HTML files are read from dist/ (what clasp pushes); templates are compiled to
// a function and run inside the add-on's vm, so scriptlets see the add-on's globals.
// https://developers.google.com/apps-script/guides/html/templates
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { serviceError } from './errors';

const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 400;

export class HtmlOutput {
  readonly [SERVICE] = { className: 'HtmlOutput', counted: false };
  private title = '';
  private width = DEFAULT_WIDTH;
  private height = DEFAULT_HEIGHT;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }

  // Sandbox and framing only matter to a browser embedding the page: accepted, no effect.
  setSandboxMode(_mode: unknown): HtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): HtmlOutput {
    return this;
  }

  addMetaTag(_name: string, _content: string): HtmlOutput {
    return this;
  }

  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Template text to the body of a function(__data, __print) that returns the page. */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = scriptlet.exec(source); m; m = scriptlet.exec(source)) {
    if (m.index > last) parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    const code = m[2].trim();
    if (m[1] === '=') parts.push(`__out += __print((${code}), true);`);
    else if (m[1] === '!=') parts.push(`__out += __print((${code}), false);`);
    else parts.push(`${code}\n`);
    last = scriptlet.lastIndex;
  }
  if (last < source.length) parts.push(`__out += ${JSON.stringify(source.slice(last))};`);
  // Sloppy-mode function so `with` can put the template's variables in scope.
  return `(function (__data, __print) { var __out = ''; with (__data) {\n${parts.join('\n')}\n} return __out; })`;
}

function print(value: unknown, escaped: boolean): string {
  const text = value === undefined || value === null ? '' : String(value);
  return escaped ? escapeHtml(text) : text;
}

const TEMPLATE_INTERNALS = new Set(['ctx', 'source']);

export class HtmlTemplate {
  readonly [SERVICE] = { className: 'HtmlTemplate', counted: false };
  // Everything else the add-on assigns (template.items = ...) is a template variable.
  [variable: string]: unknown;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly source: string,
  ) {}

  getRawContent(): string {
    return this.source;
  }

  getCode(): string {
    return compileTemplate(this.source);
  }

  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) {
      if (!TEMPLATE_INTERNALS.has(key)) data[key] = value;
    }
    const fn = this.ctx.evalInVm(compileTemplate(this.source));
    if (typeof fn !== 'function') throw serviceError('Template did not compile');
    const html: unknown = fn(this.ctx.toVm(data), print);
    return new HtmlOutput(String(html));
  }
}

export class HtmlService {
  readonly [SERVICE] = { className: 'HtmlService', counted: false };
  readonly SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(private readonly ctx: ServiceContext) {}

  private readFile(filename: string): string {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    const path = join(this.ctx.distDir, name);
    if (!existsSync(path)) throw serviceError(`No HTML file named ${filename} was found.`);
    return readFileSync(path, 'utf8');
  }

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.readFile(filename));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.ctx, this.readFile(filename));
  }
}
