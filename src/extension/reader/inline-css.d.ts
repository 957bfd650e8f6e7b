/** Vite's `?inline` CSS imports: the stylesheet as a string (for <style> in shadow roots and extension pages). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
