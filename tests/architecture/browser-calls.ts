import ts from 'typescript';

/**
 * Playwright calls that run code in the page. Given a string, Playwright compiles it in the page with
 * eval or `new Function` (waitForFunction always does), which the app's Content-Security-Policy refuses
 * (no 'unsafe-eval'): the call then throws, or waits until it times out. Given a function, it does not.
 */
export const PAGE_CODE_CALLS = new Set([
  'waitForFunction',
  'evaluate',
  'evaluateHandle',
  'evaluateAll',
  '$eval',
  '$$eval',
  'addInitScript',
]);

export interface StringPageCode {
  line: number;
  call: string;
}

/** Every call of PAGE_CODE_CALLS in `source` whose code is a string rather than a function. */
export function stringPageCode(fileName: string, source: string): StringPageCode[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: StringPageCode[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      // $eval and $$eval take a selector first, then the code.
      const code = node.arguments[name.startsWith('$') ? 1 : 0];
      if (
        PAGE_CODE_CALLS.has(name) &&
        code &&
        !ts.isArrowFunction(code) &&
        !ts.isFunctionExpression(code) &&
        !ts.isIdentifier(code) &&
        !ts.isObjectLiteralExpression(code)
      ) {
        found.push({
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          call: node.getText(),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
