#ifndef ADSH_CLIBEDIT_SHIM_H
#define ADSH_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <histedit.h>
#include <wchar.h>

/* <wchar.h> declares wcwidth only when _XOPEN_SOURCE is defined, which a module map cannot
   set, so declare the glibc function here. */
int wcwidth(wchar_t character);

static inline int adsh_wcwidth(wchar_t character) {
    return wcwidth(character);
}

/* el_set, el_get and history are C variadics, which Swift does not import. Each wrapper below
   fixes one argument list. el_init is wrapped too, because Swift 6 rejects reading the C stream
   globals stdin, stdout and stderr as shared mutable state. */

typedef char *(*adsh_el_prompt_function)(EditLine *);
typedef unsigned char (*adsh_el_command_function)(EditLine *, int);

static inline EditLine *adsh_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int adsh_el_set_prompt(EditLine *editor, adsh_el_prompt_function prompt) {
    return el_set(editor, EL_PROMPT, prompt);
}

static inline int adsh_el_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

static inline int adsh_el_set_signal(EditLine *editor, int enabled) {
    return el_set(editor, EL_SIGNAL, enabled);
}

static inline int adsh_el_set_history(EditLine *editor, History *list) {
    return el_set(editor, EL_HIST, history, list);
}

static inline int adsh_el_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *adsh_el_get_client_data(EditLine *editor) {
    void *data = NULL;
    el_get(editor, EL_CLIENTDATA, &data);
    return data;
}

static inline int adsh_el_add_function(EditLine *editor, const char *name, const char *help,
                                       adsh_el_command_function function) {
    return el_set(editor, EL_ADDFN, name, help, function);
}

static inline int adsh_el_bind(EditLine *editor, const char *key, const char *command) {
    return el_set(editor, EL_BIND, key, command, NULL);
}

static inline int adsh_el_setty(EditLine *editor, const char *a, const char *b) {
    return el_set(editor, EL_SETTY, a, b, NULL);
}

static inline History *adsh_history_init(void) {
    return history_init();
}

static inline int adsh_history_set_size(History *list, int size) {
    HistEvent event;
    return history(list, &event, H_SETSIZE, size);
}

static inline int adsh_history_set_unique(History *list, int unique) {
    HistEvent event;
    return history(list, &event, H_SETUNIQUE, unique);
}

static inline int adsh_history_enter(History *list, const char *line) {
    HistEvent event;
    return history(list, &event, H_ENTER, line);
}

static inline int adsh_history_clear(History *list) {
    HistEvent event;
    return history(list, &event, H_CLEAR);
}

typedef int (*adsh_el_read_function)(EditLine *, wchar_t *);

static inline int adsh_el_set_prompt_escaped(EditLine *editor, adsh_el_prompt_function prompt,
                                             char marker) {
    return el_set(editor, EL_PROMPT_ESC, prompt, (int)marker);
}

static inline int adsh_el_set_read_function(EditLine *editor, adsh_el_read_function function) {
    return el_set(editor, EL_GETCFN, function);
}

static inline int adsh_el_refresh(EditLine *editor) {
    return el_set(editor, EL_REFRESH);
}

static inline int adsh_el_source_default(EditLine *editor) {
    return el_source(editor, NULL);
}

/* Loads a file in libedit's own format (first line _HiStOrY_V2_) into history. */
static inline int adsh_history_load(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_LOAD, path);
}

/* Moves to the oldest entry (H_LAST) or the next newer one (H_PREV) and returns its text, or
   NULL when there is none. */
static inline const char *adsh_history_step(History *list, int operation) {
    HistEvent event;
    if (history(list, &event, operation) == -1) {
        return NULL;
    }
    return event.str;
}

#endif
