import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speechToText, ssmlToText } from '../../scripts/sim/speech-text';

describe('ssmlToText', () => {
  it('strips the speak wrapper and inline tags', () => {
    expect(ssmlToText('<speak>Hello <emphasis level="strong">there</emphasis>.</speak>')).toBe('Hello there.');
    expect(ssmlToText('<speak><prosody rate="slow"><say-as interpret-as="interjection">wow</say-as></prosody>!</speak>')).toBe('wow!');
    expect(ssmlToText('<speak><amazon:effect name="whispered">quiet</amazon:effect> <lang xml:lang="fr-FR">merci</lang></speak>')).toBe(
      'quiet merci',
    );
  });

  it('keeps sentences and paragraphs apart', () => {
    expect(ssmlToText('<speak><p>First.</p><p>Second.</p><s>Third</s><s>Fourth</s></speak>')).toBe('First. Second. Third Fourth');
  });

  it('turns short breaks into a space and long ones into an ellipsis', () => {
    expect(ssmlToText('<speak>One<break time="300ms"/>two</speak>')).toBe('One two');
    expect(ssmlToText('<speak>One<break time="999ms"/>two</speak>')).toBe('One two');
    expect(ssmlToText('<speak>Breathe in.<break time="1s"/>And out.</speak>')).toBe('Breathe in. … And out.');
    expect(ssmlToText("<speak>Hold<break time='2.5s' />release</speak>")).toBe('Hold … release');
    expect(ssmlToText('<speak>Hold<break time="1000ms"></break>release</speak>')).toBe('Hold … release');
    expect(ssmlToText('<speak>a<break strength="x-strong"/>b<break strength="medium"/>c<break/>d</speak>')).toBe('a … b c d');
  });

  it('does not pile up ellipses or leave them at the edges', () => {
    expect(ssmlToText('<speak><break time="2s"/>Go<break time="2s"/><break time="3s"/>now<break time="2s"/></speak>')).toBe('Go … now');
  });

  it('unescapes XML entities exactly once', () => {
    expect(ssmlToText('<speak>Salt &amp; pepper &lt;3 &gt; &quot;hi&quot; it&apos;s</speak>')).toBe('Salt & pepper <3 > "hi" it\'s');
    expect(ssmlToText('<speak>&amp;lt; stays escaped once</speak>')).toBe('&lt; stays escaped once');
    expect(ssmlToText('<speak>&#39;quoted&#x2019; &unknown;</speak>')).toBe('\'quoted’ &unknown;');
  });

  it('shows sub as the written word and drops audio and comments', () => {
    expect(ssmlToText('<speak>Do 10 <sub alias="repetitions">reps</sub>.</speak>')).toBe('Do 10 reps.');
    expect(ssmlToText('<speak><audio src="https://example.com/ding.mp3"/>Ready<!-- cue --></speak>')).toBe('Ready');
    expect(ssmlToText('<speak><audio src="x.mp3">fallback</audio>Go</speak>')).toBe('Go');
  });

  it('keeps the words of phonemes and voices', () => {
    expect(ssmlToText('<speak>The <phoneme alphabet="ipa" ph="ˈpi.kæn">pecan</phoneme> pie</speak>')).toBe('The pecan pie');
    expect(ssmlToText('<speak><voice name="Matthew">Hi</voice></speak>')).toBe('Hi');
  });

  it('collapses whitespace and tidies space before punctuation', () => {
    expect(ssmlToText('<speak>\n  Nice   work <break time="200ms"/> , \t keep going !\n</speak>')).toBe('Nice work, keep going!');
  });

  it('passes plain text through and copes with empty or broken input', () => {
    expect(ssmlToText('Just text')).toBe('Just text');
    expect(ssmlToText('')).toBe('');
    expect(ssmlToText('<speak></speak>')).toBe('');
    expect(ssmlToText('<speak>unclosed <emphasis>tag')).toBe('unclosed tag');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(typeof ssmlToText(text)).toBe('string');
      }),
    );
  });
});

describe('speechToText', () => {
  it('reads SSML and plain-text output speech', () => {
    expect(speechToText({ type: 'SSML', ssml: '<speak>Hi &amp; bye</speak>' })).toBe('Hi & bye');
    expect(speechToText({ type: 'PlainText', text: '  a < b  and   c ' })).toBe('a < b and c');
    expect(speechToText(undefined)).toBe('');
  });
});
