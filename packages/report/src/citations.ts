/**
 * The report's numbered sources and references, collected as the sections are written.
 *
 * @module
 */

/** Numbers sources and references in order of first use; a text cited again keeps its number. */
export class Citations {
  readonly series: string[] = [];
  readonly references: string[] = [];
  private readonly seriesIndex = new Map<string, number>();
  private readonly referenceIndex = new Map<string, number>();

  source(text: string): number {
    let n = this.seriesIndex.get(text);
    if (n === undefined) {
      this.series.push(text);
      n = this.series.length;
      this.seriesIndex.set(text, n);
    }
    return n;
  }

  reference(text: string): string {
    if (!this.referenceIndex.has(text)) {
      this.references.push(text);
      this.referenceIndex.set(text, this.references.length);
    }
    return text;
  }
}
