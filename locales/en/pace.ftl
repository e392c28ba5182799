# Inbound limits (src/adapters/pace)
pace-slow-down = You are sending faster than I can answer, so some of your recent messages were ignored. Please wait a moment, then send again what you need.
