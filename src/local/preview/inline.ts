// Script text placed inside an HTML <script> element must not contain "</script", or the HTML
// parser ends the element there (https://html.spec.whatwg.org/#restrictions-for-contents-of-script-elements);
// "<\/script" means the same to JavaScript. Used by the preview and by the sidebar's build.

export function escapeInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}
