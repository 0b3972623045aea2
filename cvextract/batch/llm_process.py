"""One process of its own for a batch's model calls: research, adjust, and extract with ``openai-extractor``.

Such a job mostly waits on the provider, but handling a call is Python work: importing the OpenAI
SDK (about 0.4 s), building the request, parsing, checking and writing the answer. Run as threads
of the Snakemake process, that work shared one GIL with the scheduler, which then handed out the
next jobs late: a 120-CV batch with 0.5 s answers and a cap of 16 took 1.7-1.8x its ideal time.

So the job's thread in the Snakemake process hands the job function to this process and waits. A
multiprocessing manager serves each calling thread's connection in a thread of its own, so calls run
side by side up to the batch's ``llm`` cap (Snakemake's resource), in one process however high the
cap: 64 calls in flight are 64 threads, not 64 processes. The process holds one HTTP client, one
rate limiter and one answer-format memory for the whole batch, and never imports the stage code
the CPU-bound jobs need.

It starts while the DAG is built when the run will call the model (:meth:`BatchPlan.warm_up`), else
with the batch's first such job (a rerun without model calls never starts it), and ends with the
batch, or with the Snakemake process however that ends. A stop request (Ctrl-C, SIGTERM) ends it at once: the calls in flight are dropped,
their jobs end as interrupted, not failed, and the next run does them again (atomic writes: nothing
half-written is left). Like a pool worker it ignores the stop signals itself and exits when the
Snakemake process dies (:mod:`cvextract.batch.child_process`).
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
from importlib import import_module
from multiprocessing.managers import BaseManager

from ..atomic import deferred_sync
from .child_process import prepare, signals_blocked

# Imported as the process starts, while the first job's thread waits for it.
WARM_MODULES = ("cvextract.batch.jobs", "cvextract.llm.client", "openai", "openai.resources.chat", "cvextract.adjust",
                "bs4")


class ModelCallProcessDied(RuntimeError):
    """The model-call process could not start, or ended while a job waited for it (killed from
    outside, out of memory): that job fails with this one-line cause."""


def _prepare(parent_pid: int, preloads: tuple[str, ...] = ()) -> None:
    """In the new process: imports, the HTTP client the calls will share (its TLS set-up), and
    ``preloads`` kept to start with the first job (:func:`_start_preloads`)."""
    prepare(parent_pid, WARM_MODULES)  # told to end, the server calls sys.exit(): the process ends there
    from ..llm.connection import shared_client
    from ..llm.settings import settings_from_env

    with contextlib.suppress(Exception):  # settings the first call will report
        shared_client(settings_from_env())
    global _preloads_waiting
    _preloads_waiting = tuple(preloads)


# In the model-call process: what the calls will need (the claims check's modules and word lists,
# about half a second of CPU, the GIL held in long stretches), started in a thread of its own as the
# first job starts. Started with the process, they held back the process's imports and so the first
# job, the research call, on which every adjust job waits; started in the first job's thread once it
# had returned, they held back its reply (the claims check's import, 0.15 s). Started with it, they
# run while its request waits for the model, and are ready when the first adjust answers come back.
_preloads_waiting: tuple[str, ...] = ()
_preloads_lock = threading.Lock()
PRELOAD_THREAD = "cvextract-preloads"


def _start_preloads() -> None:
    global _preloads_waiting
    with _preloads_lock:
        preloads, _preloads_waiting = _preloads_waiting, ()
    if preloads:
        threading.Thread(target=_preload, args=(preloads,), name=PRELOAD_THREAD, daemon=True).start()


def _preload(preloads: tuple[str, ...]) -> None:
    """Each ``module`` imported, each ``module:function`` called (it may start work of its own); a
    failure is left to the job that needs the module, which meets it again and reports it."""
    for name in preloads:
        module, _, function = name.partition(":")
        with contextlib.suppress(Exception):
            loaded = import_module(module)
            if function:
                getattr(loaded, function)()


class _Calls:
    """In the model-call process: run a job function in the thread serving the caller's connection.

    Its exception comes back as a value, so that an error of the connection itself is the only
    exception the caller's proxy raises."""

    def run(self, function, args, kwargs):
        _start_preloads()
        try:
            with deferred_sync():  # the batch syncs its target once, at its end (cvextract.batch.batch_sync)
                return False, function(*args, **kwargs)
        except Exception as exc:
            return True, exc


class _Manager(BaseManager):
    pass


_Manager.register("calls", callable=_Calls)

_lock = threading.Lock()      # guards the state below
_starting = threading.Lock()  # one thread starts the process; the others wait for it
_enabled = False
_stopping = False
_manager: _Manager | None = None
_calls = None                 # proxy of the process's _Calls; each thread gets its own connection
_preloads: tuple[str, ...] = ()  # started in every model-call process this process starts
_with_first_call: list = []   # run once, as the batch's first job is handed over (with_first_call)


def configure(enabled: bool) -> None:
    """Whether this process's model-calling jobs go to the model-call process; a new batch."""
    global _enabled, _stopping
    with _lock:
        _enabled = enabled
        _stopping = False
        _with_first_call.clear()


def with_first_call(action) -> None:
    """Run ``action()`` once, as this batch's first job is handed to the model-call process (that
    process is ready then): work for the idle cores while that call is answered."""
    with _lock:
        _with_first_call.append(action)


def _first_call_made() -> None:
    with _lock:
        actions = list(_with_first_call)
        _with_first_call.clear()
    for action in actions:
        with contextlib.suppress(Exception):  # a help, never the call's failure
            action()


def configured() -> bool:
    return _enabled


def call(function, *args, **kwargs):
    """``function(*args, **kwargs)`` in the model-call process (started if need be); its result or
    its exception. A job cut short by a stop request ends with KeyboardInterrupt: interrupted."""
    calls = _proxy()
    if _with_first_call:
        _first_call_made()
    try:
        raised, value = calls.run(function, args, kwargs)
    except (EOFError, OSError) as exc:  # the connection broke: a stop, or the process died
        if _stopping:
            raise _stopped() from None
        _forget(calls)  # the next job starts a new one
        raise ModelCallProcessDied(f"the model-call process ended during the call ({_cause(exc)})") from None
    if raised:
        raise value
    return value


def start_soon(preloads: tuple[str, ...] = ()) -> None:
    """Start the process in the background now, so that the first call finds it ready (a failure
    to start is left to that call, which tries again and reports it). ``preloads``: what the calls
    will need (``module`` to import, ``module:function`` to call, e.g. the claims check's word
    lists), started in that process and in any that replaces it, in a thread, with its first job."""
    global _preloads
    with _lock:
        _preloads = tuple(dict.fromkeys(_preloads + tuple(preloads)))

    def start() -> None:
        with contextlib.suppress(Exception, KeyboardInterrupt):
            _proxy()

    threading.Thread(target=start, name="cvextract-model-calls-start", daemon=True).start()


def _proxy():
    global _manager, _calls
    with _starting:
        with _lock:
            if _stopping:
                raise _stopped()
            if _calls is not None:
                return _calls
        manager = _Manager(ctx=multiprocessing.get_context("spawn"))  # spawn: this process has threads
        try:
            with signals_blocked():
                manager.start(_prepare, (os.getpid(), _preloads))
            calls = manager.calls()
        except (EOFError, OSError) as exc:  # it died as it started (its error is on stderr)
            raise ModelCallProcessDied(f"the model-call process could not start ({_cause(exc)})") from None
        with _lock:
            if not _stopping:
                _manager, _calls = manager, calls
                return calls
    manager.shutdown()  # a stop request came in while it started
    raise _stopped()


def _cause(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _forget(calls=None) -> None:
    """End the running model-call process (only if ``calls`` is its proxy, when given)."""
    global _manager, _calls
    with _lock:
        if calls is not None and _calls is not calls:
            return
        manager, _manager, _calls = _manager, None, None
    if manager is not None:
        manager.shutdown()


def _stopped() -> KeyboardInterrupt:
    return KeyboardInterrupt("the batch is stopping")


def stop_pending() -> None:
    """The batch was told to stop: end the model-call process now (its calls in flight are dropped)
    and start no other; one still starting ends as soon as it has started."""
    global _stopping
    with _lock:
        _stopping = True
    _forget()


def shutdown() -> None:
    """End the model-call process (the batch is over): the one running, or the one starting once it
    has started."""
    stop_pending()
    with _starting:  # a start in progress ends what it started (it sees the stop): wait for that
        pass


# Registered after multiprocessing's own exit handler (imported above), so run before it (atexit runs
# the last registered first): that handler would wait forever for a server nobody told to end.
# Whatever way this process ends (an error before the workflow's end hooks, say), the model-call
# process ends too.
atexit.register(shutdown)
