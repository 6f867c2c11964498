#ifndef CLIBUSB_SHIM_H
#define CLIBUSB_SHIM_H
#include <libusb-1.0/libusb.h>

/* libusb_set_option is variadic, which Swift cannot call. */
static inline int hub_libusb_set_log_level(libusb_context *context, int level) {
    return libusb_set_option(context, LIBUSB_OPTION_LOG_LEVEL, level);
}
#endif
