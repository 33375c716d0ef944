/** The starting theme: the system's preference (prefers-color-scheme) until the user toggles it. */
import type { Theme } from '../store/labStore';

export function initialTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
