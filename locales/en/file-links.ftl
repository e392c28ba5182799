## The page a one-time file link opens (how people on Zalo get files).

file-link-page-title = A file from the emulation and commendation bot
file-link-page-file = The file "{ $name }" ({ $size }).
file-link-page-once = This link downloads once, until { $until }. If the download fails, write to the bot again for a new link.
file-link-page-button = Download
file-link-gone = This link has been used or has expired. Write to the bot again to get the file.
file-link-unknown = There is no file at this address.
