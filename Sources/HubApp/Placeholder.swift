enum HubAppPlaceholder {}
