// A labelled control with its message beside it: the visible label is short ("Goal"), the
// accessible name the full contract name ("Goal of Leads"), and a message is tied to the
// control with aria-describedby so a screen reader reads it with the field.
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  label: string;
  error?: string;
  errorId: string;
  children: ComponentChildren;
}

export function Field({ label, error, errorId, children }: FieldProps) {
  return (
    <div class="field">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in */}
      <label>
        <span class="label">{label}</span>
        {children}
      </label>
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes of a control whose field may carry a message. */
export function describedBy(error: string | undefined, errorId: string) {
  return error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}
