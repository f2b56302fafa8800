/** Offers text to the reader as a file download, through a Blob URL (no page data in markup). */
export function downloadFile(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by the time the click returns in some browsers but not all.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
