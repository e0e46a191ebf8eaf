import { render } from 'preact';

render(<main>چکیده</main>, document.getElementById('app')!);
