import { el } from '../dom';

/**
 * Labelled form controls for the export dialog. Every control sits inside its <label>, so a
 * click on the words selects it and screen readers announce the name, with no ids to keep unique.
 */

export function radioGroup<T extends string>(
  name: string,
  legend: string,
  choices: ReadonlyArray<readonly [value: T, label: string]>,
  initial: T,
): { fieldset: HTMLFieldSetElement; value(): T; set(value: T): void } {
  const inputs = choices.map(([value]) =>
    el('input', { type: 'radio', name, value, checked: value === initial }),
  );
  const fieldset = el('fieldset', { className: 'export-choices' }, [
    el('legend', {}, [legend]),
    ...choices.map(([, label], i) => el('label', { className: 'export-choice' }, [inputs[i]!, label])),
  ]);
  return {
    fieldset,
    value: () => (inputs.find((input) => input.checked)?.value ?? initial) as T,
    set: (value) => inputs.forEach((input) => (input.checked = input.value === value)),
  };
}

export function checkbox(
  label: string,
  checked: boolean,
): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = el('input', { type: 'checkbox', checked });
  return { label: el('label', { className: 'export-check' }, [input, label]), input };
}

export function select<T extends string>(
  label: string,
  choices: ReadonlyArray<readonly [value: T, label: string]>,
  initial: T,
): { label: HTMLLabelElement; input: HTMLSelectElement; value(): T } {
  const input = el(
    'select',
    {},
    choices.map(([value, text]) => el('option', { value, selected: value === initial }, [text])),
  );
  return {
    label: el('label', { className: 'export-field' }, [label, input]),
    input,
    value: () => input.value as T,
  };
}

export function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  return el('label', { className: 'export-field' }, [label, input]);
}
