//! The scanner against a real clamd.

use std::time::Duration;

use files::testing::{Clamd, EICAR};
use files::{ClamdAddress, ClamdScanner};
use services::uploads::{ScanVerdict, Scanner};

#[tokio::test]
async fn clean_files_pass_and_the_eicar_test_file_is_found() {
    let Some(clamd) = Clamd::start() else { return };
    let scanner = ClamdScanner::new(ClamdAddress::Tcp(clamd.address()), Duration::from_secs(10));
    let folder = tempfile::tempdir().unwrap();
    let clean = folder.path().join("lageplan.pdf");
    std::fs::write(&clean, b"%PDF-1.7\n% a site plan\n").unwrap();
    assert_eq!(scanner.scan(&clean).await.unwrap(), ScanVerdict::Clean);
    let large = folder.path().join("large.pdf");
    std::fs::write(&large, vec![b'x'; 300 * 1024]).unwrap();
    assert_eq!(
        scanner.scan(&large).await.unwrap(),
        ScanVerdict::Clean,
        "sent in several chunks"
    );
    let infected = folder.path().join("eicar.com");
    std::fs::write(&infected, EICAR).unwrap();
    assert!(matches!(
        scanner.scan(&infected).await.unwrap(),
        ScanVerdict::Infected(_)
    ));
    let inside = folder.path().join("bescheinigung.pdf");
    std::fs::write(
        &inside,
        [b"%PDF-1.7\n%".as_slice(), EICAR, b"\n%%EOF\n"].concat(),
    )
    .unwrap();
    assert!(
        matches!(
            scanner.scan(&inside).await.unwrap(),
            ScanVerdict::Infected(_)
        ),
        "found inside another file too"
    );
}

#[tokio::test]
async fn an_unreachable_scanner_is_an_error_not_a_verdict() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let scanner = ClamdScanner::new(
        ClamdAddress::Tcp(format!("127.0.0.1:{port}")),
        Duration::from_secs(2),
    );
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("file.pdf");
    std::fs::write(&file, b"%PDF-1.7").unwrap();
    assert!(scanner.scan(&file).await.is_err());
}
