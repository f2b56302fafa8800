import { render } from 'preact';

render(<main>Council Lens</main>, document.getElementById('app') as HTMLElement);
