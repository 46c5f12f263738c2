/** Placeholder until the index-page branch lands (it defines summaryOf). */
export interface DocumentSummary {
  kind: string;
  number: string;
  date: string;
  title: string;
  signer: string;
  draft: boolean;
  issued: boolean;
}
