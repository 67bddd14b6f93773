#ifndef ADSH_CCURL_SHIM_H
#define ADSH_CCURL_SHIM_H

#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are C variadics, which Swift does not import.
   Each wrapper below fixes one argument type. */

typedef size_t (*adsh_curl_data_callback)(char *, size_t, size_t, void *);
typedef int (*adsh_curl_progress_callback)(void *, curl_off_t, curl_off_t, curl_off_t,
                                           curl_off_t);

static inline CURLcode adsh_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_string(CURL *handle, CURLoption option,
                                               const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_slist(CURL *handle, CURLoption option,
                                              struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_data_callback(CURL *handle, CURLoption option,
                                                      adsh_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode adsh_curl_setopt_progress_callback(CURL *handle,
                                                          adsh_curl_progress_callback value) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}

static inline CURLcode adsh_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode adsh_curl_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode adsh_curl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
