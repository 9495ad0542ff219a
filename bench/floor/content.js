/* global document, chrome */
// The floor of an in-page sidebar: one frame of a static extension page, nothing else.
const frame = document.createElement('iframe');
frame.title = 'Interview sidebar';
frame.src = chrome.runtime.getURL('question.html');
frame.style.cssText = 'position:fixed;top:0;right:0;width:360px;height:100vh;border:0;z-index:2147483646;background:#fff';
document.documentElement.append(frame);
