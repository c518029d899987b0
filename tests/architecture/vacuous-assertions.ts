import ts from 'typescript';

/**
 * Assertions that cannot fail, found in a test file's syntax tree:
 *
 * - `expect(x)` with no matcher, or ending in `.not`, `.resolves` or `.rejects`;
 * - a Playwright locator (`page.getByText(…)`, `.locator(…)`, …) given to a synchronous matcher: a
 *   locator is an object whether or not anything on the page matches it, so `toBeDefined()` or
 *   `toBeTruthy()` always passes (poll its count or visibility instead);
 * - Testing Library's `queryBy…` with `toBeDefined()`: it returns null, which is defined, when nothing
 *   matches;
 * - `expect(…).resolves…`, `.rejects…` or `expect.poll(…)…` not awaited or returned: the test ends
 *   before the promise settles, so a failure is never reported.
 */
export interface VacuousAssertion {
  line: number;
  text: string;
  why: string;
}

const LOCATOR_CALL = /^(getBy[A-Z]\w*|locator|nth|first|last|filter|and|or)$/;
const ASYNC_CHAIN = new Set(['resolves', 'rejects']);

/** The `expect(…)` or `expect.poll(…)` call at the root of a matcher chain, and the names along it. */
function chainOf(node: ts.Expression): { root: ts.CallExpression; names: string[] } | undefined {
  const names: string[] = [];
  let at: ts.Expression = node;
  for (;;) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression;
      if (ts.isIdentifier(callee) && callee.text === 'expect') return { root: at, names: names.reverse() };
      if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'expect' &&
        callee.name.text === 'poll'
      ) {
        return { root: at, names: ['poll', ...names.reverse()] };
      }
      at = callee;
    } else if (ts.isPropertyAccessExpression(at)) {
      names.push(at.name.text);
      at = at.expression;
    } else return undefined;
  }
}

function calleeName(node: ts.Expression): string | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

export function vacuousAssertions(
  fileName: string,
  source: string,
  options: { playwright: boolean },
): VacuousAssertion[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: VacuousAssertion[] = [];
  const flag = (node: ts.Node, why: string) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: node.getText(),
      why,
    });
  const visit = (node: ts.Node): void => {
    let expression: ts.Expression | undefined;
    let settled = false;
    if (ts.isExpressionStatement(node)) expression = node.expression;
    else if (ts.isReturnStatement(node)) [expression, settled] = [node.expression, true];
    if (expression && ts.isAwaitExpression(expression)) [expression, settled] = [expression.expression, true];
    const chain = expression && chainOf(expression);
    if (expression && chain) {
      const { root, names } = chain;
      const last = names[names.length - 1];
      const called = ts.isCallExpression(expression) && expression !== root;
      const subject = root.arguments[0];
      if (!called || last === 'not' || ASYNC_CHAIN.has(last)) flag(node, 'expect without a matcher');
      else if (!settled && (names.some((n) => ASYNC_CHAIN.has(n)) || names[0] === 'poll'))
        flag(node, 'a promised assertion neither awaited nor returned');
      else if (options.playwright && subject && LOCATOR_CALL.test(calleeName(subject) ?? ''))
        flag(node, 'a locator is always an object: poll its count or visibility');
      else if (subject && /^queryBy/.test(calleeName(subject) ?? '') && last === 'toBeDefined')
        flag(node, 'queryBy returns null when nothing matches, and null is defined');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
