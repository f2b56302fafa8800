import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { sendMessage } from '../../utils/messaging';
import '../../components/shared/extension-page.css';
import './style.css';

render(
  <Options
    load={() => sendMessage('getDataSettings')}
    saveUrl={(url) => sendMessage('setRefreshUrl', url)}
    refresh={() => sendMessage('refreshPack')}
  />,
  document.getElementById('app') as HTMLElement,
);
