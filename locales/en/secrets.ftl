error-link-code-locked = Too many wrong link codes within an hour. Please try again later.
