/**
 * Locates the first JSON syntax error in a text. Engines word JSON.parse errors differently and some
 * omit the position, so file import uses this scanner (run only after JSON.parse has failed) to say
 * where the problem is. It follows RFC 8259 exactly as JSON.parse does, iteratively so that hostile
 * nesting cannot overflow the stack.
 */

export interface JsonSyntaxError {
  /** 0-based offset in UTF-16 code units. */
  offset: number;
  /** 1-based line and column, as editors show them. */
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings, so the pattern names them
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;

/** Returns where and why `text` is not valid JSON, or undefined when it is. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const found = (what: string) => (i >= text.length ? 'unexpected end of text' : `unexpected ${JSON.stringify(text[i])}${what}`);
  const fail = (what = ''): never => {
    throw new Stop(i, found(what));
  };
  const ws = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const string = () => {
    if (text[i] !== '"') fail(', expected a string in double quotes');
    STRING_BODY.lastIndex = i + 1;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') fail(' inside a string');
    i++;
  };
  /** An object member's key and colon, leaving `i` at its value. */
  const key = () => {
    string();
    ws();
    if (text[i] !== ':') fail(', expected ":"');
    i++;
    ws();
  };
  const stack: string[] = [];
  try {
    ws();
    for (;;) {
      // Parse one value; containers push and continue with their first member.
      const c = text[i];
      let opened = false;
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) i++;
        else {
          stack.push(c);
          opened = true;
          if (c === '{') key();
        }
      } else if (c === '"') string();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.exec(text)) fail(', expected a value');
        i = NUMBER.lastIndex;
      }
      if (opened) continue;
      // After a value: close containers or move to the next member.
      for (;;) {
        ws();
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (i < text.length) fail(' after the end of the JSON');
          return undefined;
        }
        if (text[i] === (top === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          continue;
        }
        if (text[i] !== ',') fail(top === '{' ? ', expected "," or "}"' : ', expected "," or "]"');
        i++;
        ws();
        if (top === '{') key();
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), message: e.message };
  }
}
