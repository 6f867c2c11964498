enum HubAPIPlaceholder {}
