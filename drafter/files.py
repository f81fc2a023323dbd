"""Reading and writing the user's files safely: what is read is a regular file of a
bounded size (a FIFO or a device never blocks or floods us), what is written is
replaced atomically (a crash never leaves half of one), and an output that cannot be
written — or must not be — is refused before any work is done."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from drafter.errors import InputError

STALE_TEMP_SECONDS = 120.0
"""A temp file of ours older than this belongs to a save that was killed midway."""

_TEMP_TAIL = re.compile(r"\.[a-z0-9_]{8}\.tmp")  # tempfile.mkstemp's 8 random characters

_ERRNO_TEXT = {
    errno.ENOENT: "文件或目录不存在",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.EISDIR: "这是一个目录",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "所在的文件系统是只读的",
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "超出磁盘配额",
    errno.ENAMETOOLONG: "文件名太长",
    errno.ELOOP: "符号链接层数太多",
    errno.EIO: "读写出错（输入/输出错误）",
    errno.ETXTBSY: "文件正被使用",
    errno.EBUSY: "文件正被使用",
}


def os_error_text(error: OSError) -> str:
    """A Chinese phrase for why an operating-system call failed (by errno)."""
    return _ERRNO_TEXT.get(error.errno or 0, error.strerror or str(error))


def read_regular(path: Path, *, limit: int, what: str) -> bytes:
    """The bytes of the regular file at `path` (`what`: how the user calls it, e.g.
    "事实文件"). Raises InputError — never blocks — for a missing file, a directory, a
    FIFO, a device or a socket (a link to one too), a file over `limit` bytes, or one
    that cannot be read."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO that has no writer returns at once instead of waiting
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"找不到{what}：{path}") from None
    except IsADirectoryError:
        raise InputError(f"{what} {path} 是目录，不是文件") from None
    except OSError as e:
        raise InputError(f"无法读取{what} {path}：{os_error_text(e)}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{what} {path} 是目录，不是文件")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{what} {path} 不是普通文件（是管道、设备或套接字），"
                             "不会读取它；请指定保存在磁盘上的文件")
        if st.st_size > limit:
            raise InputError(f"{what} {path} 太大（{_size(st.st_size)}），"
                             f"超过 {_size(limit)} 的上限")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as f:
            fd = -1
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"无法读取{what} {path}：{os_error_text(e)}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:  # it grew while we read it
        raise InputError(f"{what} {path} 太大，超过 {_size(limit)} 的上限")
    return data


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.0f} MB"
    return f"{max(1, n // 1024)} KB"


def _read_only(st: os.stat_result) -> bool:
    # by the mode bits, not os.access: root may write anything, yet a file its owner
    # made read-only is one they want kept
    return not st.st_mode & stat.S_IWUSR


def check_writable(path: Path, option: str) -> None:
    """Refuse, before any work is done, an output `path` (given with `option`, e.g.
    "-o") that cannot or must not be written: a directory, something that is not a
    regular file, a read-only file, a folder that is missing, not a folder or not
    writable, a name too long for the file system. Raises InputError; creates nothing
    (a probe file is made and removed to learn what the folder allows)."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        if e.errno != errno.ENAMETOOLONG:
            raise InputError(f"{option} {path}：{os_error_text(e)}。没有写出任何文件") from None
        st = None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{option} {path} 是一个目录，不是文件；请在目录后面写上文件名。"
                             "没有写出任何文件")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{option} {path} 不是普通文件（是管道或设备），不能写入。"
                             "没有写出任何文件")
        if _read_only(st):
            raise InputError(f"{option} {path} 是只读文件，不会替换它；请换一个文件名，"
                             "或先取消它的只读属性。没有写出任何文件")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise InputError(f"{option} {path}：目录 {folder} 不存在，请先创建它。没有写出任何文件")
    if not folder.is_dir():
        raise InputError(f"{option} {path}：{folder} 不是目录。没有写出任何文件")
    try:  # the very name atomic_write will use: it needs the folder and the name's length
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        if e.errno == errno.ENAMETOOLONG:
            raise InputError(f"{option} {path}：文件名太长（{len(os.fsencode(path.name))} 字节），"
                             "文件系统不允许；请换一个短一些的文件名。没有写出任何文件") from None
        if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise InputError(f"{option} {path}：没有在目录 {folder} 中写文件的权限；"
                             "请换一个可写的目录。没有写出任何文件") from None
        raise InputError(f"{option} {path}：无法在目录 {folder} 中写文件（{os_error_text(e)}）。"
                         "没有写出任何文件") from None
    os.close(fd)
    Path(probe).unlink(missing_ok=True)


def remove_stale_temps(path: Path, *, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove the temp files a killed atomic_write of `path` left beside it (named
    `.<name>.XXXXXXXX.tmp`, untouched for `older_than` seconds, so a save in progress
    elsewhere keeps its own); returns the removed paths. Never raises."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    head = f".{path.name}"
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    cutoff = time.time() - older_than
    for entry in entries:
        name = entry.name
        if not name.startswith(head) or not _TEMP_TAIL.fullmatch(name[len(head):]):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temp file in the same directory, fsync, rename: never a half file.
    Raises OSError (EACCES for an existing read-only file, which is never replaced);
    temp files an earlier, killed write of `path` left behind are removed."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        if _read_only(path.stat()):
            raise PermissionError(errno.EACCES, "只读文件，不会替换", str(path))
    except FileNotFoundError:
        pass
    remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file 0600: keep the target's mode, or the usual one for a new file
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (the same path, or links to one file)."""
    try:
        if Path(a).resolve() == Path(b).resolve():
            return True
    except (OSError, RuntimeError):  # a name too long, a symlink loop
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_overwrite(output: Path, option: str, inputs: dict[str, Path | None]) -> None:
    """Raise InputError when `output` (given with `option`) is one of `inputs` (what the
    user calls each, in Chinese → its path): writing it would destroy that input; or
    when it cannot be written at all (see check_writable)."""
    for name, path in inputs.items():
        if path is not None and same_file(output, path):
            raise InputError(f"{option} {output} 就是{name}，写出会覆盖它；请换一个输出文件名。"
                             "没有写出任何文件")
    check_writable(output, option)
