#ifndef ADSH_CZLIB_SHIM_H
#define ADSH_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 and deflateInit2 are macros that pass the library version and the stream size,
   so Swift cannot call them directly. */

static inline int adsh_inflate_init_gzip(z_stream *stream) {
    /* 15 window bits + 32: detect a gzip or zlib header automatically. */
    return inflateInit2(stream, 15 + 32);
}

static inline int adsh_deflate_init_gzip(z_stream *stream, int level) {
    /* 15 window bits + 16: write a gzip header and trailer. */
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
