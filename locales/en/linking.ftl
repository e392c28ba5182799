## Linking one person's accounts on Telegram, Slack and the console.

cmd-link-description = Link your Telegram, Slack and Zalo accounts with a one-time code
link-code-issued =
    Your link code: { $code }. Within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } (until { $expiresAt }), open the bot on the other platform and type: /link { $code } (on Slack: /thidua link { $code }). The code works once; do not share it.
link-done = This { $platform } account is now linked to { $name }.
error-link-code-invalid = That link code is wrong or already used. Type /link on the other platform for a new one.
error-link-code-expired = That link code has expired. Type /link on the other platform for a new one.
error-link-same-platform = This code was issued on this same platform. Type it on the other one.
error-link-account-taken = This account belongs to someone else. Ask an administrator to unlink it first.
