"""The guided four-domain intake: answers, scoring, signals, financial overview and the flow."""
