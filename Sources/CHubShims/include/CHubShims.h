#ifndef CHUBSHIMS_H
#define CHUBSHIMS_H
int hub_placeholder(void);
#endif
