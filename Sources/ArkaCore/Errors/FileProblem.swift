import Foundation

/// What to do about a failure of the file system, as the end of a sentence that names the file.
///
/// ```swift
/// throw ArkaError(.io, "cannot write the file: \(FileProblem.advice(ENOSPC))", location: SourceLocation(file: "books.journal"))
/// // books.journal: cannot write the file: the disk is full; free some space and run the command again
/// ```
public enum FileProblem {
    /// The advice for a failure with the POSIX error `code` (`errno`).
    public static func advice(_ code: Int32) -> Sentence {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full; free some space and run the command again"
        case EROFS: return "the folder is on a read-only medium; choose a folder you can write to"
        case EACCES, EPERM: return "the folder is not open to you for writing; choose a folder you can write to, or get write access to it"
        case ENOENT, ENOTDIR: return "its folder does not exist; create the folder first"
        case EIO: return "the disk failed; check it and run the command again"
        default: return "\(String(cString: strerror(code))); check the folder and run the command again"
        }
    }

    /// The advice for an error Foundation threw: by its POSIX code when it carries one.
    public static func advice(_ error: Error) -> Sentence {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return advice(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return advice(Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteOutOfSpace: return advice(ENOSPC)
        case .fileWriteVolumeReadOnly: return advice(EROFS)
        case .fileWriteNoPermission: return advice(EACCES)
        default: return "\(error.localizedDescription); check the folder and run the command again"
        }
    }
}
