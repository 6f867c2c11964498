int hub_placeholder(void) { return 0; }
