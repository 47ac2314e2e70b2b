/**
 * A response body that SQLite has already written as JSON text: the serializer sends
 * it as it is, so a record or a page goes from the database to the socket without
 * becoming JavaScript objects in between. `T` is what the text is the JSON of.
 */
export class JsonText<T = unknown> {
  declare readonly of: T;
  constructor(
    readonly text: string,
    /** The record's version, for its ETag; undefined for a page. */
    readonly version?: number,
  ) {}

  /** For the few places that keep a body as a value (idempotent replays). */
  toJSON(): T {
    return JSON.parse(this.text) as T;
  }
}

/** The body with one more field at its end, whether it is a value or JSON text. */
export function withField<T extends object, K extends string, V>(body: Body<T>, name: K, value: V): Body<T & Record<K, V>> {
  if (body instanceof JsonText) {
    const text = body.text.trimEnd();
    return new JsonText(`${text.slice(0, -1)}${text === '{}' ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(value)}}`, body.version);
  }
  return { ...body, [name]: value } as T & Record<K, V>;
}

/** A body as a value or as JSON text SQLite wrote. */
export type Body<T> = T | JsonText<T>;

/**
 * A route's reply type is its schema's output; a `JsonText` of that output is sent
 * as it is by the serializer, so it may be returned in its place.
 */
export const asBody = <T>(body: Body<T>): T => body as T;
